// Every subcommand of ipsecdesigner-cli, in the order `--help` lists them.
#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace ipsec::cli {

std::unique_ptr<Command> makeNewCommand();
std::unique_ptr<Command> makeValidateCommand();
std::unique_ptr<Command> makeShowCommand();
std::unique_ptr<Command> makeGenerateCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeFormatsCommand();
std::unique_ptr<Command> makeBackendsCommand();
std::unique_ptr<Command> makeApplyCommand();
std::unique_ptr<Command> makeReadCommand();
std::unique_ptr<Command> makeReviewCommand();
std::unique_ptr<Command> makeDiffCommand();
std::unique_ptr<Command> makeExplainCommand();
std::unique_ptr<Command> makeAnalyzeCommand();
std::unique_ptr<Command> makePeerCommand();

inline std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeNewCommand());
    commands.push_back(makeValidateCommand());
    commands.push_back(makeShowCommand());
    commands.push_back(makeReviewCommand());
    commands.push_back(makeDiffCommand());
    commands.push_back(makeExplainCommand());
    commands.push_back(makeAnalyzeCommand());
    commands.push_back(makePeerCommand());
    commands.push_back(makeGenerateCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeFormatsCommand());
    commands.push_back(makeBackendsCommand());
    commands.push_back(makeApplyCommand());
    commands.push_back(makeReadCommand());
    return commands;
}

} // namespace ipsec::cli
