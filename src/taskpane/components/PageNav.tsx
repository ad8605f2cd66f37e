import * as React from "react";
import {
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PAGES, type PageId } from "../pages/page-table";

/** The menu of pages that do not fit, loaded with the first narrow pane (it brings Fluent's popups). */
const MorePages = React.lazy(() => import(/* webpackChunkName: "more-pages" */ "./MorePagesMenu"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    minWidth: 0,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  row: {
    display: "flex",
    alignItems: "center",
    flexGrow: 1,
    minWidth: 0,
    overflow: "hidden",
  },
  tabs: {
    flexGrow: 1,
    minWidth: 0,
    flexWrap: "nowrap",
    overflow: "hidden",
  },
  more: {
    flexShrink: 0,
  },
});

export interface PageNavProps {
  current: PageId;
  go: (page: PageId) => void;
}

/** The pages as tabs; those that do not fit the pane's width go into a "More pages" menu. */
export const PageNav: React.FC<PageNavProps> = ({ current, go }) => {
  const styles = useStyles();
  return (
    <nav aria-label="Pages" className={styles.root}>
      <Overflow minimumVisible={2} padding={44}>
        <div className={styles.row}>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={current}
            onTabSelect={(_event, data) => go(data.value as PageId)}
          >
            {PAGES.map((page) => {
              const Icon = page.icon;
              return (
                <OverflowItem key={page.id} id={page.id} priority={page.id === current ? 2 : 1}>
                  <Tab value={page.id} icon={<Icon />} aria-label={page.title}>
                    {page.label}
                  </Tab>
                </OverflowItem>
              );
            })}
          </TabList>
          <React.Suspense fallback={null}>
            <MorePages current={current} go={go} className={styles.more} />
          </React.Suspense>
        </div>
      </Overflow>
    </nav>
  );
};
