namespace Sightline.Web.Agencies;

/// <summary>Which of an agency's alerts its list shows.</summary>
internal enum AlertShow
{
    /// <summary>Those the agency has not acknowledged: its working list.</summary>
    Open,

    /// <summary>Those it has acknowledged.</summary>
    Acknowledged,

    /// <summary>All of them.</summary>
    All,
}
