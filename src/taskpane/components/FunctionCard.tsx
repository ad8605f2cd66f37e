import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formulaName, helpPath, signature, type CatalogueFunction } from "../catalogue";
import type { FunctionExample } from "../examples";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  titleRow: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  name: {
    marginTop: 0,
    marginBottom: 0,
    overflowWrap: "anywhere",
  },
  description: {
    marginTop: 0,
    marginBottom: 0,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  signature: {
    marginTop: 0,
    marginBottom: 0,
    color: tokens.colorNeutralForeground2,
  },
  example: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
  },
  exampleLabel: {
    color: tokens.colorNeutralForeground3,
  },
  result: {
    fontWeight: tokens.fontWeightSemibold,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflowX: "hidden",
    overflowY: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  accordionHeader: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
  },
  arguments: {
    marginTop: 0,
    marginBottom: tokens.spacingVerticalS,
  },
  argumentName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    marginTop: tokens.spacingVerticalXS,
  },
  optional: {
    fontFamily: tokens.fontFamilyBase,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  argumentDescription: {
    marginLeft: 0,
  },
});

export interface FunctionCardProps {
  fn: CatalogueFunction;
  example?: FunctionExample;
}

/** One function: name, description, arguments, an example and a link to its help page. */
export const FunctionCard: React.FC<FunctionCardProps> = ({ fn, example }) => {
  const styles = useStyles();
  const name = formulaName(fn);
  const headingId = `fn-${fn.id.toLowerCase()}`;
  return (
    <article className={styles.root} aria-labelledby={headingId}>
      <div className={styles.titleRow}>
        <Subtitle2 as="h3" id={headingId} className={styles.name}>
          {name}
        </Subtitle2>
        <Link href={helpPath(fn)} target="_blank" rel="noopener" aria-label={`Help for ${name}`}>
          Help
        </Link>
      </div>
      {fn.description !== "" && (
        <Body1 as="p" className={styles.description}>
          {fn.description}
        </Body1>
      )}
      <p className={styles.signature}>
        <code className={styles.code}>{signature(fn)}</code>
      </p>
      {example && (
        <figure className={styles.example}>
          <Caption1 as="span" className={styles.exampleLabel}>
            Example
          </Caption1>
          <code className={styles.code}>{example.formula}</code>
          <Body1>
            <span aria-hidden="true">→ </span>
            <span className={styles.visuallyHidden}>returns </span>
            <span className={styles.result}>{example.result}</span>
          </Body1>
        </figure>
      )}
      {fn.parameters.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="arguments">
            <AccordionHeader size="small" className={styles.accordionHeader}>
              Arguments ({fn.parameters.length})
            </AccordionHeader>
            <AccordionPanel>
              <dl className={styles.arguments}>
                {fn.parameters.map((p) => (
                  <React.Fragment key={p.name}>
                    <dt className={styles.argumentName}>
                      {p.name}
                      {p.optional && <span className={styles.optional}> (optional)</span>}
                    </dt>
                    <dd className={styles.argumentDescription}>
                      <Caption1>{p.description || "No description."}</Caption1>
                    </dd>
                  </React.Fragment>
                ))}
              </dl>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </article>
  );
};
