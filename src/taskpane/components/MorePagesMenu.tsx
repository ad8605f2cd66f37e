import * as React from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { PAGES, pageById, type PageId } from "../pages/page-table";

interface MorePagesProps {
  current: PageId;
  go: (page: PageId) => void;
  className: string;
}

/** The pages whose tabs do not fit the pane, in a menu behind a "More pages" button. */
const MorePages: React.FC<MorePagesProps> = ({ current, go, className }) => {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          className={className}
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={`More pages (${overflowCount})`}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {PAGES.map((page) => (
            <HiddenPageItem key={page.id} id={page.id} current={current} go={go} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
};

const HiddenPageItem: React.FC<{ id: PageId; current: PageId; go: (page: PageId) => void }> = ({
  id,
  current,
  go,
}) => {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  const page = pageById(id);
  const Icon = page.icon;
  return (
    <MenuItem
      icon={<Icon />}
      onClick={() => go(id)}
      aria-current={id === current ? "page" : undefined}
    >
      {page.title}
    </MenuItem>
  );
};

export default MorePages;
