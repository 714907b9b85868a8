#include "services/RefundPolicy.h"

#include <QCoreApplication>
#include <QSettings>

namespace quire {

namespace {

const QString kRoles = QStringLiteral("refunds/allowedRoles");
const QString kWindow = QStringLiteral("refunds/windowDays");
const QString kPartial = QStringLiteral("refunds/partial");
const QString kRestock = QStringLiteral("refunds/restock");
constexpr int kMaxWindowDays = 3650;

Result<bool> flag(const QSettings &settings, const QString &key, bool fallback)
{
    if (!settings.contains(key))
        return fallback;
    const QString text = settings.value(key).toString().trimmed().toLower();
    if (text == u"true" || text == u"yes" || text == u"1")
        return true;
    if (text == u"false" || text == u"no" || text == u"0")
        return false;
    return Error::invalid(
        QCoreApplication::translate("quire::RefundPolicy", "%1 must be true or false, not '%2'")
            .arg(key, settings.value(key).toString()));
}

} // namespace

QString RefundPolicy::roleRefusal() const
{
    QStringList who;
    for (Role allowed : allowedRoles) {
        switch (allowed) {
        case Role::Clerk:
            who.append(tr("clerks"));
            break;
        case Role::Manager:
            who.append(tr("managers"));
            break;
        case Role::Customer:
            who.append(tr("customers at the kiosk"));
            break;
        }
    }
    return tr("Under the store's refund policy only %1 may give refunds.")
        .arg(who.join(tr(" and ")));
}

Result<RefundPolicy> RefundPolicy::fromSettings(QSettings &settings)
{
    RefundPolicy policy;
    if (settings.contains(kRoles)) {
        // An INI list ("manager, clerk") arrives as a string list; one word as a string.
        QStringList words = settings.value(kRoles).toStringList();
        if (words.size() == 1)
            words = words.constFirst().split(u',');
        policy.allowedRoles.clear();
        for (const QString &word : std::as_const(words)) {
            const QString name = word.trimmed().toLower();
            if (name.isEmpty())
                continue;
            const auto role = roleFromDatabaseText(name);
            if (!role)
                return Error::invalid(tr("%1: '%2' is not a role (use clerk, manager, customer)")
                                          .arg(kRoles, word.trimmed()));
            if (!policy.allowedRoles.contains(*role))
                policy.allowedRoles.append(*role);
        }
        if (!policy.allowedRoles.contains(Role::Manager))
            return Error::invalid(tr("%1 must include manager: managers approve the "
                                     "refunds of those who may not give them")
                                      .arg(kRoles));
    }
    if (settings.contains(kWindow)) {
        bool ok = false;
        const int days = settings.value(kWindow).toString().trimmed().toInt(&ok);
        if (!ok || days < 1 || days > kMaxWindowDays)
            return Error::invalid(tr("%1 must be a whole number of days between 1 and %2, not '%3'")
                                      .arg(kWindow)
                                      .arg(kMaxWindowDays)
                                      .arg(settings.value(kWindow).toString()));
        policy.windowDays = days;
    }
    auto partial = flag(settings, kPartial, policy.partialRefunds);
    if (!partial)
        return partial.error();
    policy.partialRefunds = *partial;
    auto restock = flag(settings, kRestock, policy.restock);
    if (!restock)
        return restock.error();
    policy.restock = *restock;
    return policy;
}

} // namespace quire
