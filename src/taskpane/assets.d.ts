/** Text files bundled as strings (webpack asset/source): the sample loan tape. */
declare module "*.csv" {
  const text: string;
  export default text;
}
