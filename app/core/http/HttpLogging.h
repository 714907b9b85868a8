#pragma once

#include <QLoggingCategory>

// quire.http: rejected requests and handler misuse. Never logs bodies or
// header values: webhook bodies and signature headers are secrets.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
