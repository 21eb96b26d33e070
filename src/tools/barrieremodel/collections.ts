/** Content collections of the barrieremodel tool (its texts as data in content/instrumenten/barrieremodel/). */
export const barrieremodelCollections = {};
