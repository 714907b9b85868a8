#pragma once

#include <QString>

namespace quire {

// How a callback was answered: the HTTP status for the gateway and a short
// reason for the response body and the log (never the request body).
struct CallbackVerdict
{
    int httpStatus = 200;
    QString message;
    bool duplicate = false;
    // Acknowledged but not for this store (another installation, an unknown
    // session or payment): nothing was changed or recorded.
    bool ignored = false;
};

} // namespace quire
