using System.CommandLine;
using SahelReports.Cli.Commands;

namespace SahelReports.Cli;

/// <summary>Builds and runs the <c>sahel-reports</c> command line. Output goes to the writers given, so tests run it in-process.</summary>
public static class CliApp
{
    /// <summary>Exit code when every file was read (rows may still have been rejected: see the report).</summary>
    public const int Success = 0;

    /// <summary>Exit code for a usage error (unknown option, missing argument).</summary>
    public const int UsageError = 1;

    /// <summary>Exit code when a file could not be read at all.</summary>
    public const int UnreadableInput = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where errors go (standard error).</param>
    /// <param name="cancellationToken">Cancels long imports.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        RootCommand root = BuildRootCommand(output, error);
        ParseResult parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("sahel-reports: cancelled.").ConfigureAwait(false);
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            await error.WriteLineAsync($"sahel-reports: {ex.Message}").ConfigureAwait(false);
            return UnreadableInput;
        }
    }

    internal static RootCommand BuildRootCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SahelReports: turn ACLED conflict-incident exports and displacement figures for the Central Sahel into checked data and weekly situation reports.");
        var import = new Command("import", "Import data files and print the import report: rows read, accepted, rejected and merged, and every issue found.");
        root.Subcommands.Add(import);
        foreach (Command command in CommandCatalog.ImportCommands(output, error))
        {
            import.Subcommands.Add(command);
        }

        foreach (Command command in CommandCatalog.TopLevelCommands(output, error))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
