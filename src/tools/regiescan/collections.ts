/** Content collections of the regiescan tool (its texts as data in content/instrumenten/regiescan/). */
export const regiescanCollections = {};
