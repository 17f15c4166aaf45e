/**
 * A title read as two fields around a separator: "Maker: Piece", "Piece | Maker", "Maker – Piece", "Maker / Piece".
 * A slash inside a word ("Leaf blower/vac", "15/240") parts no fields, so a slash counts only beside a space.
 */
export const FIELD_SEP = /^([^/|:–—]{2,40}?)\s*(\s\/|\/\s|\||:|–|—|\s-\s)\s*(.{2,})$/;

/**
 * A model code or a spec after a title's separator: "06008A1000", "POW-4060", "240 W", "18V". Shops of tools and
 * electronics end titles with one ("Leaf Vacuum - 06008A1000"); it names neither a maker nor the product.
 */
export const MODEL_CODE = /^(?=[^]*\d)[\p{Lu}\d][\p{Lu}\d./-]*(?:\s?[\p{Lu}\d./-]+)?$/u;
