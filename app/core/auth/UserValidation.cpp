#include "auth/UserValidation.h"

#include "auth/PinHasher.h"

#include <QRegularExpression>
#include <QStringList>

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

Result<void> UserValidation::validateNewPin(const QString &pin, const QStringList &names)
{
    if (!PinHasher::validatePin(pin))
        return Error::invalid(tr("A PIN is exactly 6 digits."));

    const auto digit = [&pin](int i) { return pin.at(i).unicode() - u'0'; };
    bool same = true;
    bool up = true;
    bool down = true;
    for (int i = 1; i < pin.size(); ++i) {
        same = same && digit(i) == digit(0);
        up = up && digit(i) == (digit(i - 1) + 1) % 10;
        down = down && digit(i) == (digit(i - 1) + 9) % 10;
    }
    if (same)
        return Error::invalid(tr("This PIN is too easy to guess: it is all the same digit."));
    if (up || down)
        return Error::invalid(
            tr("This PIN is too easy to guess: its digits run in a row, like 123456."));
    if (pin == pin.left(2).repeated(3) || pin == pin.left(3).repeated(2))
        return Error::invalid(
            tr("This PIN is too easy to guess: it repeats a short pattern, like 121212."));

    // The most used six-digit PINs that the rules above do not already catch
    // (published analyses of leaked PIN and password lists).
    static const QStringList common{
        QStringLiteral("000001"), QStringLiteral("000123"), QStringLiteral("010203"),
        QStringLiteral("100000"), QStringLiteral("102030"), QStringLiteral("111222"),
        QStringLiteral("112211"), QStringLiteral("112233"), QStringLiteral("112358"),
        QStringLiteral("121314"), QStringLiteral("123321"), QStringLiteral("123654"),
        QStringLiteral("142536"), QStringLiteral("147258"), QStringLiteral("147852"),
        QStringLiteral("159357"), QStringLiteral("159753"), QStringLiteral("246810"),
        QStringLiteral("332211"), QStringLiteral("445566"), QStringLiteral("456123"),
        QStringLiteral("520131"), QStringLiteral("654123"), QStringLiteral("778899"),
        QStringLiteral("789456"), QStringLiteral("852456"), QStringLiteral("987456"),
        QStringLiteral("998877"),
    };
    if (common.contains(pin))
        return Error::invalid(
            tr("This PIN is too easy to guess: it is one of the most common PINs."));

    for (const QString &name : names) {
        QString digits;
        for (QChar c : name) {
            if (c >= u'0' && c <= u'9')
                digits.append(c);
        }
        if (digits.contains(pin))
            return Error::invalid(tr("This PIN is too easy to guess: it is part of the account's "
                                     "name, e-mail address or card number."));
    }
    return {};
}

QString UserValidation::customerUsername(const QString &email, const QString &loyaltyCard)
{
    return QStringLiteral("customer:") + (email.isEmpty() ? loyaltyCard : email);
}

} // namespace quire
