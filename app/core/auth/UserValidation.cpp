#include "auth/UserValidation.h"

#include <QRegularExpression>

namespace quire {

Result<void> UserValidation::validateUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(username).hasMatch())
        return Error::invalid(tr("A user name has 2 to 32 lower-case letters, digits, dots, "
                                 "dashes or underscores, and starts with a letter."));
    return {};
}

Result<void> UserValidation::validateEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return Error::invalid(tr("This is not an e-mail address."));
    return {};
}

Result<void> UserValidation::validateLoyaltyCard(const QString &card)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{8,19}$"));
    if (!pattern.match(card).hasMatch())
        return Error::invalid(tr("A loyalty-card number has 8 to 19 digits."));
    return {};
}

Result<void> UserValidation::validate(const UserRepository::NewUser &user)
{
    const QString displayName = user.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > 64)
        return Error::invalid(tr("A display name has 1 to 64 characters."));
    if (user.role != Role::Customer) {
        if (!user.email.isEmpty() || !user.loyaltyCard.isEmpty())
            return Error::invalid(tr("Only customers have an e-mail address or card number."));
        return validateUsername(user.username);
    }
    if (user.email.isEmpty() && user.loyaltyCard.isEmpty())
        return Error::invalid(tr("A customer needs an e-mail address or a loyalty-card number."));
    if (!user.email.isEmpty()) {
        if (auto valid = validateEmail(user.email); !valid)
            return valid;
    }
    if (!user.loyaltyCard.isEmpty()) {
        if (auto valid = validateLoyaltyCard(user.loyaltyCard); !valid)
            return valid;
    }
    return {};
}

QString UserValidation::customerUsername(const QString &email, const QString &loyaltyCard)
{
    return QStringLiteral("customer:") + (email.isEmpty() ? loyaltyCard : email);
}

} // namespace quire
