#pragma once

namespace quire {

// The paper a printed document is laid out for.
enum class Paper {
    PrinterDefault, // the printer's own page size, 2 cm margins (QTextDocument::print)
    Receipt80mm,    // a thermal receipt roll: 80 mm wide, as long as the text
    A4,             // an A4 sheet, paged
};

} // namespace quire
