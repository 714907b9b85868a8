#include "SimIds.h"

#include <QRandomGenerator>

namespace quire::sim {

QString SimIds::generate(const QString &prefix, int length)
{
    static constexpr char alphabet[]
        = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id = prefix;
    id.reserve(prefix.size() + length);
    // system() draws from the OS generator: fine for capability-like ids.
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(alphabet[random->bounded(int(sizeof(alphabet) - 1))]);
    return id;
}

} // namespace quire::sim
