/*
 * PK Kinerja: runs before the pane's bundle, and must itself run everywhere, so ES5 only (no let, no arrows).
 * Office 2016 and 2019 for Windows show add-ins in Internet Explorer (Trident) or the old Edge (EdgeHTML); the
 * pane (ES2020, React 18, Fluent UI 9) cannot run there and would stay blank. Say so, and which Office works.
 */
(function () {
  var ua = window.navigator.userAgent || "";
  var oldBrowser = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1 || /\sEdge\/\d/.test(ua);
  var lacks = typeof window.Promise !== "function" || typeof window.Symbol !== "function" || typeof Object.assign !== "function";
  if (!oldBrowser && !lacks) return;

  document.documentElement.setAttribute("data-pk-unsupported", "");
  var container = document.getElementById("container");
  if (!container) return;
  container.innerHTML =
    '<div class="pk-guard" role="alert">' +
    "<h1>PK Kinerja tidak dapat berjalan di Excel ini</h1>" +
    "<p>Versi Office ini menampilkan add-in dengan Internet Explorer atau Microsoft Edge versi lama, " +
    "yang tidak dapat menjalankan PK Kinerja.</p>" +
    "<p>PK Kinerja berjalan di:</p>" +
    "<ul>" +
    "<li>Microsoft 365 (Excel untuk Windows atau Mac)</li>" +
    "<li>Office 2021 atau yang lebih baru (Windows atau Mac)</li>" +
    "<li>Excel di web: buka buku kerja dari OneDrive atau SharePoint di browser</li>" +
    "</ul>" +
    "<p>Office 2016 dan Office 2019 untuk Windows (lisensi tetap) tidak didukung. " +
    "Minta pengelola TI memperbarui Office, atau buka buku kerja ini di Excel di web.</p>" +
    "</div>";
})();
