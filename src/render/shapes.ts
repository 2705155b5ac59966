/**
 * What a template may read, by name: the shapes the static check (variables.ts) holds a template
 * to. Apart from variables.ts, so that content.ts can describe the variables without loading LiquidJS.
 */

/** What a template may read below a variable. */
export type Shape =
  /** A string, number or boolean: nothing below it but Liquid's `size`. */
  | 'value'
  /** Anything below it, unchecked: `github`, `env`, and names the template assigns. */
  | 'any'
  | { readonly fields: Readonly<Record<string, Shape>> }
  | { readonly items: Shape };

/** The shape of every variable a template may read, by name. */
export type Shapes = Readonly<Record<string, Shape>>;

/** An object with these fields. */
export const fields = (shape: Readonly<Record<string, Shape>>): Shape => ({ fields: shape });
/** A list whose items have this shape. */
export const listOf = (item: Shape): Shape => ({ items: item });
