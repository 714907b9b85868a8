#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace quire {

// Strict field readers shared by the gateway object parsers: a missing or
// mistyped field becomes an error that names the object and the field.
class GatewayJson final
{
public:
    GatewayJson(const QJsonObject &object, QString objectName);

    Result<QString> requiredString(const QString &field) const;
    QString optionalString(const QString &field) const; // empty for absent or null
    Result<qint64> requiredInteger(const QString &field) const;
    Result<QDateTime> requiredTimestamp(const QString &field) const;
    QMap<QString, QString> stringMap(const QString &field) const;
    Result<void> expectObjectType(const QString &type) const;

private:
    Error fieldError(const QString &field, const QString &what) const;

    QJsonObject m_object;
    QString m_objectName;
};

} // namespace quire
