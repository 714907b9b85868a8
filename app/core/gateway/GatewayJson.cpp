#include "gateway/GatewayJson.h"

#include <cmath>

namespace quire {

GatewayJson::GatewayJson(const QJsonObject &object, QString objectName)
    : m_object(object)
    , m_objectName(std::move(objectName))
{}

Error GatewayJson::fieldError(const QString &field, const QString &what) const
{
    return Error::invalid(QStringLiteral("gateway %1: field '%2' %3")
                              .arg(m_objectName, field,
                                   what)); // notr: protocol detail
}

Result<QString> GatewayJson::requiredString(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (!value.isString())
        return fieldError(field, QStringLiteral("is missing or not a string"));
    if (value.toString().isEmpty())
        return fieldError(field, QStringLiteral("is empty"));
    return value.toString();
}

QString GatewayJson::optionalString(const QString &field) const
{
    return m_object.value(field).toString();
}

Result<qint64> GatewayJson::requiredInteger(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (!value.isDouble())
        return fieldError(field, QStringLiteral("is missing or not a number"));
    const double number = value.toDouble();
    // Amounts are integer minor units; 2^53 is where doubles stop being exact.
    if (number != std::floor(number) || std::fabs(number) > 9007199254740992.0)
        return fieldError(field, QStringLiteral("is not an integer"));
    return value.toInteger();
}

Result<QDateTime> GatewayJson::requiredTimestamp(const QString &field) const
{
    const Result<qint64> seconds = requiredInteger(field);
    if (!seconds)
        return seconds.error();
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}

QMap<QString, QString> GatewayJson::stringMap(const QString &field) const
{
    QMap<QString, QString> map;
    const QJsonObject object = m_object.value(field).toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Result<void> GatewayJson::expectObjectType(const QString &type) const
{
    const QString actual = m_object.value(u"object").toString();
    if (actual != type)
        return Error::invalid(QStringLiteral("gateway answer is a '%1', expected '%2'")
                                  .arg(actual, type)); // notr: protocol detail
    return {};
}

} // namespace quire
