using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lantern.Web.Security;

/// <summary>
/// A form refused by antiforgery validation (opened in another session, or the session it belonged to has ended) is
/// marked, so that the error page can say so in words and say that nothing was saved, instead of "could not be read".
/// </summary>
public sealed class ExpiredFormFilter : IAlwaysRunResultFilter
{
    public const string ItemKey = "lantern.expired-form";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.HttpContext.Items[ItemKey] = true;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
