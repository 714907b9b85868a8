#pragma once

#include <QLoggingCategory>

// The simulator's one category: what it did, never a secret or a card number.
Q_DECLARE_LOGGING_CATEGORY(lcSim)
