#pragma once

#include <QLoggingCategory>

// `quire.auth`: operational messages of sign-in and roles. Business events
// (sign-ins, lockouts, refusals) go to the audit log instead; PINs, hashes
// and the pepper are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
