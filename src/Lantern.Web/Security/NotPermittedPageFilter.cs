using Lantern.Core.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lantern.Web.Security;

/// <summary>
/// A change the services refuse (a read-only role, or a partner agency writing outside the map) becomes 403 on any
/// page, including pages that do not run their changes through <see cref="Pages.FormPageModel"/>.
/// </summary>
public sealed class NotPermittedPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is NotPermittedException && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            executed.Result = new ForbidResult();
        }
    }
}
