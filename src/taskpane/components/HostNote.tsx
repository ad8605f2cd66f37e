import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../host";

const PLATFORMS: Readonly<Record<string, string>> = {
  PC: "Windows",
  Mac: "Mac",
  OfficeOnline: "the web",
  iOS: "iPad",
  Android: "Android",
  Universal: "Windows",
};

/** One sentence saying where the pane is running. */
export function describeHost(info: HostInfo): string {
  if (info.host === null) {
    return "Opened outside Office: the functions below work once the add-in is loaded in Excel.";
  }
  const platform = info.platform === null ? undefined : (PLATFORMS[info.platform] ?? info.platform);
  const where = platform === undefined ? info.host : `${info.host} on ${platform}`;
  return info.host === "Excel"
    ? `Running in ${where}.`
    : `Running in ${where}; LM Workbench needs Excel.`;
}

const useStyles = makeStyles({
  root: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground3,
  },
});

export const HostNote: React.FC<{ info: HostInfo }> = ({ info }) => {
  const styles = useStyles();
  return (
    <footer className={styles.root}>
      <Caption1>{describeHost(info)}</Caption1>
    </footer>
  );
};
