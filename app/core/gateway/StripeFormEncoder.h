#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>

namespace quire {

// application/x-www-form-urlencoded with Stripe's bracket notation:
//   {"metadata": {"k": "v"}, "line_items": [{"quantity": 2}]}
//   -> metadata[k]=v&line_items[0][quantity]=2
// Keys keep their brackets literal (as Stripe's own libraries send them);
// everything else outside RFC 3986's unreserved set is percent-encoded, so a
// title with '&', '=' or '+' cannot split or change a parameter.
class StripeFormEncoder final
{
public:
    StripeFormEncoder &add(const QString &key, const QString &value);
    StripeFormEncoder &add(const QString &key, qint64 value);
    // Flattens objects and arrays under `key` ("" at the top level).
    StripeFormEncoder &addValue(const QString &key, const QJsonValue &value);

    const QList<std::pair<QString, QString>> &fields() const { return m_fields; }
    QByteArray toByteArray() const;

    static QByteArray encode(const QJsonObject &parameters);

private:
    QList<std::pair<QString, QString>> m_fields;
};

} // namespace quire
