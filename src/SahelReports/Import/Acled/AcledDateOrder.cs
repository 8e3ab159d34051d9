namespace SahelReports.Import;

/// <summary>How to read numeric dates such as <c>03/04/2023</c> when the layout does not fix the order.</summary>
public enum AcledDateOrder
{
    /// <summary>Day, month, year: <c>03/04/2023</c> is 3 April 2023.</summary>
    DayMonthYear = 1,

    /// <summary>Month, day, year: <c>03/04/2023</c> is 4 March 2023.</summary>
    MonthDayYear = 2,
}
