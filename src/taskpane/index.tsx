// Placeholder until the wizard lands: shows that the task pane loads, in Excel or in a plain browser.
import * as React from "react";
import { createRoot } from "react-dom/client";

function Placeholder() {
  return <main><h1>OCMW Rekenhulp</h1><p>De wizard volgt.</p></main>;
}

const mount = () => createRoot(document.getElementById("container")!).render(<Placeholder />);
if (typeof Office !== "undefined") Office.onReady(mount);
else mount();
