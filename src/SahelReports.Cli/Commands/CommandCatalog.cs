using System.CommandLine;

namespace SahelReports.Cli.Commands;

/// <summary>The list of commands; each command lives in its own file and is registered here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> ImportCommands(TextWriter output, TextWriter error)
    {
        _ = output;
        _ = error;
        yield return ImportDisplacementCommand.Create(output, error);
        yield break;
    }

    public static IEnumerable<Command> TopLevelCommands(TextWriter output, TextWriter error)
    {
        _ = output;
        _ = error;
        yield return BriefCommand.Create(output, error);
        yield break;
    }
}
