#pragma once

#include <QString>

namespace quire::sim {

// Stripe-looking ids ("cs_test_" + 24 random characters). They are
// unguessable because the hosted page URL is only as secret as its id.
class SimIds final
{
public:
    static QString generate(const QString &prefix, int length = 24);
};

} // namespace quire::sim
