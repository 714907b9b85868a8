#pragma once

#include <QLoggingCategory>

// quire.catalog: catalog import, search and the cart.
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
