#pragma once

#include <QString>

namespace quire {

// What the cart asks for: a title by ISBN and how many copies.
struct OrderLineRequest
{
    QString isbn13;
    int quantity = 0;
};

} // namespace quire
