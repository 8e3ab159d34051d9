namespace SahelReports.Fuzz;

/// <summary>Thrown by a fuzz target when the code under test returned without throwing but broke one of its documented
/// promises (for example read = accepted + rejected + merged). The fuzzer treats it as a crash, like any other exception.</summary>
public sealed class FuzzInvariantException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The broken rule and the values seen.</param>
    public FuzzInvariantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FuzzInvariantException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The broken rule.</param>
    /// <param name="innerException">The cause.</param>
    public FuzzInvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
