/** Content collections of the meldcode tool (its texts as data in content/instrumenten/meldcode/). */
export const meldcodeCollections = {};
