namespace SahelReports.Import;

/// <summary>Imported data together with the report of how it was imported.</summary>
/// <typeparam name="T">The kind of data imported, for example an <c>IncidentSet</c>.</typeparam>
/// <param name="Data">The data that was accepted.</param>
/// <param name="Report">The row accounting and the issues found.</param>
public sealed record ImportResult<T>(T Data, ImportReport Report)
{
    /// <summary>Gets a value indicating whether any row was rejected or any file was unreadable.</summary>
    public bool HasErrors => Report.HasErrors;

    /// <summary>Throws a <see cref="SahelDataException"/> when the import had errors.</summary>
    /// <returns>The imported data, when there were no errors.</returns>
    /// <exception cref="SahelDataException">At least one row was rejected or a file could not be read.</exception>
    public T ThrowIfErrors()
    {
        Report.ThrowIfErrors();
        return Data;
    }
}
