// tenantdesk-cli: the command line. Wiring only; commands live in src/cli.
#include "cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return CommandLine(app).run();
}
