import { makeStyles, tokens, Text } from "@fluentui/react-components";
import { ClipboardTaskListLtr20Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  mark: {
    display: "grid",
    placeItems: "center",
    width: "32px",
    height: "32px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackgroundPressed,
    flexShrink: 0,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  sub: { fontSize: tokens.fontSizeBase200, opacity: 0.9 },
});

export function Header() {
  const s = useStyles();
  return (
    <header className={s.root}>
      <span className={s.mark} aria-hidden="true">
        <ClipboardTaskListLtr20Regular />
      </span>
      <div className={s.text}>
        <Text as="h1" className={s.title}>
          PK Kinerja
        </Text>
        <Text className={s.sub}>Perjanjian Kinerja · Capaian · Kurva S</Text>
      </div>
    </header>
  );
}
