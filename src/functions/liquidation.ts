import {
  arg,
  issueOf,
  money,
  nonNegativeRate,
  optional,
  perRow,
  required,
  signedMoney,
} from "./cells";
import { shortSaleNetCents } from "../core/short-sale";
import { lossSeverity } from "../core/loss-severity";
import { dollarsOfCents } from "../core/money";

/**
 * Net proceeds of a short sale to the first lien: price − commission − seller closing costs − subordinate-lien payoffs − relocation − other allowable costs. Internal estimate; not an investor's minimum net.
 * @customfunction SHORTSALENET
 * @helpurl https://localhost:3000/help/shortsalenet.html
 * @param sale_price Contract sale price in dollars.
 * @param commission_rate Real-estate commission as a fraction of the price (0.06 or 6%; customary at most 6%).
 * @param closing_costs Seller closing costs in dollars.
 * @param [subordinate_payoff] Payments to subordinate lien holders. Default 0.
 * @param [relocation] Relocation assistance paid at closing (Fannie Mae: $7,500). Default 0.
 * @param [other_costs] Other allowable costs (taxes, HOA past due, ...). Default 0.
 * @returns Net proceeds in dollars (may be negative); a column when any argument is a column.
 */
export function shortsalenet(
  sale_price: any[][],
  commission_rate: any[][],
  closing_costs: any[][],
  subordinate_payoff?: any[][],
  relocation?: any[][],
  other_costs?: any[][]
): any[][] {
  return perRow(
    [
      arg("sale_price", required(money)),
      arg("commission_rate", required(nonNegativeRate)),
      arg("closing_costs", required(money)),
      arg("subordinate_payoff", optional(money, 0)),
      arg("relocation", optional(money, 0)),
      arg("other_costs", optional(money, 0)),
    ] as const,
    [sale_price, commission_rate, closing_costs, subordinate_payoff, relocation, other_costs],
    (price, rate, closing, sub, reloc, other) =>
      shortSaleNetCents({
        salePrice: price,
        commissionRate: rate,
        closingCosts: closing,
        subordinatePayoff: sub,
        relocation: reloc,
        otherCosts: other,
      }).netProceeds / 100
  );
}

/**
 * Loss severity: (total debt − net proceeds) / UPB. Unrounded; format the cell as %.
 * @customfunction LOSSSEVERITY
 * @helpurl https://localhost:3000/help/lossseverity.html
 * @param total_debt UPB plus accrued interest, advances and allowable fees, in dollars.
 * @param net_proceeds Net proceeds to the lien holder in dollars (may be negative).
 * @param upb Unpaid principal balance in dollars.
 * @returns The severity as a fraction; a column when any argument is a column.
 */
export function lossseverity(total_debt: any[][], net_proceeds: any[][], upb: any[][]): any[][] {
  return perRow(
    [
      arg("total_debt", required(money)),
      arg("net_proceeds", required(signedMoney)),
      arg("upb", required(money)),
    ] as const,
    [total_debt, net_proceeds, upb],
    (debt, net, u) => {
      const r = lossSeverity(dollarsOfCents(debt), dollarsOfCents(net), dollarsOfCents(u));
      return r.ok ? r.value.toNumber() : issueOf(r);
    }
  );
}
