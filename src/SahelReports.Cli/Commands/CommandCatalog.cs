using System.CommandLine;

namespace SahelReports.Cli.Commands;

/// <summary>The list of commands; each command lives in its own file and is registered here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> ImportCommands(TextWriter output, TextWriter error)
    {
        yield return ImportDisplacementCommand.Create(output, error);
        yield return ImportAcledCommand.Create(output, error);
    }

    public static IEnumerable<Command> TopLevelCommands(TextWriter output, TextWriter error)
    {
        yield return AggregateCommand.Create(output, error, AggregateCommandSupport.ImportAcled);
        yield return TrendCommand.Create(output, error, AggregateCommandSupport.ImportAcled);
        yield return BriefCommand.Create(output, error);
    }
}
