// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. A no-op keeps it in one line.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoResize {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResize;
}
export {};
