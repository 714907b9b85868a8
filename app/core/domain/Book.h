#pragma once

#include "domain/Money.h"
#include "domain/TaxCategory.h"

#include <QString>

namespace quire {

struct Book
{
    QString isbn13;
    QString title;
    QString authors;
    Money price;
    int stock = 0;
    QString coverPath;
    TaxCategory taxCategory = TaxCategory::Reduced;
};

} // namespace quire
