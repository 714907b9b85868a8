#include "catalog/CatalogLogging.h"

Q_LOGGING_CATEGORY(lcCatalog, "quire.catalog", QtInfoMsg)
