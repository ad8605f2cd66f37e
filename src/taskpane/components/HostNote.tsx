import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Host, HostInfo } from "../workbook/host-types";

const PLATFORMS: Readonly<Record<string, string>> = {
  PC: "Windows",
  Mac: "Mac",
  OfficeOnline: "the web",
  iOS: "iPad",
  Android: "Android",
  Universal: "Windows",
};

/** One sentence saying where the pane is running and what its workbook is. */
export function describeHost(info: HostInfo, kind: Host["kind"] = "office"): string {
  if (kind === "stand-in") return "Running on a stand-in workbook for testing.";
  if (info.host === null) {
    return "Opened outside Excel: the loans are the sample workbook in this page, and worksheets download as .xlsx files.";
  }
  const platform = info.platform === null ? undefined : (PLATFORMS[info.platform] ?? info.platform);
  const where = platform === undefined ? info.host : `${info.host} on ${platform}`;
  return info.host === "Excel"
    ? `Running in ${where}.`
    : `Running in ${where}; LM Workbench needs Excel, so it works on its sample workbook here.`;
}

const useStyles = makeStyles({
  root: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
});

export const HostNote: React.FC<{ info: HostInfo; kind: Host["kind"] }> = ({ info, kind }) => {
  const styles = useStyles();
  return (
    <footer className={styles.root}>
      <Caption1>{describeHost(info, kind)}</Caption1>
    </footer>
  );
};
