// Follows the jobs shown on a page (templates/jobs/progress.html): polls each job's progress every second
// until it ends, then opens the page that follows it (by GET: a page answering a form is never posted again).
(function () {
  "use strict";
  function follow(section) {
    var url = section.getAttribute("data-job-progress");
    var state = section.querySelector("[data-job-state]");
    if (state && /job-(succeeded|failed)/.test(state.className)) return;
    var bar = section.querySelector("[data-job-bar]");
    var count = section.querySelector("[data-job-count]");
    var message = section.querySelector("[data-job-message]");
    function poll() {
      fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (response) { return response.json(); })
        .then(function (job) {
          state.textContent = job.state_label;
          state.className = "job-state job-" + job.state;
          count.textContent = job.done + (job.total !== null ? "/" + job.total : "");
          if (job.percent !== null) { bar.value = job.percent; bar.textContent = job.percent + "%"; }
          message.textContent = job.message;
          if (job.finished) { window.location.assign(section.getAttribute("data-job-done")); } else { window.setTimeout(poll, 1000); }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
  }
  document.querySelectorAll("[data-job-progress]").forEach(follow);
})();
