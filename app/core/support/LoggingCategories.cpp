#include "support/LoggingCategories.h"

Q_LOGGING_CATEGORY(lcDatabase, "quire.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "quire.db.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "quire.flow", QtInfoMsg)
