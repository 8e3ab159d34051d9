using System.Text;

namespace SahelReports.Reporting;

/// <summary>A sequence of text runs: a sentence or paragraph with emphasis and links.</summary>
public sealed record RichText
{
    /// <summary>Creates rich text from runs.</summary>
    /// <param name="runs">The runs, in reading order.</param>
    public RichText(IEnumerable<TextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        Runs = runs.ToArray();
    }

    /// <summary>Creates rich text from plain text.</summary>
    /// <param name="text">The text.</param>
    public RichText(string text)
        : this([new TextRun(text ?? throw new ArgumentNullException(nameof(text)))])
    {
    }

    /// <summary>Gets the runs, in reading order.</summary>
    public IReadOnlyList<TextRun> Runs { get; }

    /// <summary>Gets the text without styles.</summary>
    public string PlainText
    {
        get
        {
            var sb = new StringBuilder();
            foreach (TextRun run in Runs)
            {
                sb.Append(run.Text);
            }

            return sb.ToString();
        }
    }

    /// <summary>Converts plain text to rich text.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator RichText(string text) => new(text);

    /// <summary>Determines whether two texts have the same runs.</summary>
    /// <param name="other">The other text.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RichText? other) => other is not null && Runs.SequenceEqual(other.Runs);

    /// <inheritdoc/>
    public override int GetHashCode() => Runs.Count == 0 ? 0 : HashCode.Combine(Runs.Count, Runs[0]);

    /// <inheritdoc/>
    public override string ToString() => PlainText;
}
