#include "gateway/StripeFormEncoder.h"

#include <QJsonArray>

namespace quire {

namespace {

QString nestedKey(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'[' + key + u']';
}

QByteArray encodeKey(const QString &key)
{
    return key.toUtf8().toPercentEncoding("[]");
}

} // namespace

StripeFormEncoder &StripeFormEncoder::add(const QString &key, const QString &value)
{
    m_fields.append({key, value});
    return *this;
}

StripeFormEncoder &StripeFormEncoder::add(const QString &key, qint64 value)
{
    return add(key, QString::number(value));
}

StripeFormEncoder &StripeFormEncoder::addValue(const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(nestedKey(key, it.key()), it.value());
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(nestedKey(key, QString::number(i)), array.at(i));
        break;
    }
    case QJsonValue::Bool:
        add(key, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case QJsonValue::Double:
        // Stripe's numbers are integers (minor units, seconds, counts).
        add(key, value.toInteger());
        break;
    case QJsonValue::String:
        add(key, value.toString());
        break;
    case QJsonValue::Null:
        // Stripe reads an empty value as "unset".
        add(key, QString());
        break;
    case QJsonValue::Undefined:
        break;
    }
    return *this;
}

QByteArray StripeFormEncoder::toByteArray() const
{
    QByteArray body;
    for (const auto &[key, value] : m_fields) {
        if (!body.isEmpty())
            body += '&';
        body += encodeKey(key);
        body += '=';
        body += value.toUtf8().toPercentEncoding();
    }
    return body;
}

QByteArray StripeFormEncoder::encode(const QJsonObject &parameters)
{
    return StripeFormEncoder().addValue(QString(), parameters).toByteArray();
}

} // namespace quire
