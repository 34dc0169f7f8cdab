exports.OfficeApp = { Excel: "excel" };
