// Placeholder task pane: proves the build, React 19 and Fluent UI v9 work inside and outside Word.
// The real pane replaces the App component; keep the office.js wait (see index.html) when it does.
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { Body1, FluentProvider, Title2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";

/** Resolves to the Office host once office.js has loaded, or to null when running standalone. */
function officeHost(): Promise<Office.HostType | null> {
  return new Promise((resolve) => {
    const askOffice = (): void => {
      Office.onReady().then(
        (info) => resolve(info.host ?? null),
        () => resolve(null),
      );
    };
    if (typeof Office !== "undefined") {
      askOffice();
      return;
    }
    const script = document.getElementById("office-js");
    if (script === null) {
      resolve(null);
      return;
    }
    // If the script already failed before this bundle ran, no event comes: the pane simply stays standalone.
    script.addEventListener("load", askOffice, { once: true });
    script.addEventListener("error", () => resolve(null), { once: true });
  });
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

function App(): React.JSX.Element {
  const styles = useStyles();
  const [host, setHost] = useState<Office.HostType | null>(null);

  useEffect(() => {
    let active = true;
    void officeHost().then((found) => {
      if (active) setHost(found);
    });
    return () => {
      active = false;
    };
  }, []);

  return (
    <main className={styles.root}>
      <Title2 as="h1">Soạn báo cáo</Title2>
      <Body1>{host === null ? "Đang chạy độc lập, chưa kết nối với Word." : "Đã kết nối với Word."}</Body1>
    </main>
  );
}

const container = document.getElementById("root");
if (container === null) {
  throw new Error("taskpane.html thiếu phần tử #root.");
}
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  </StrictMode>,
);
