// Draws an Apache ECharts chart (window.echarts, from vendor/echarts/echarts.min.js) into a desk element from the
// option the server built, in the desk's colours, and says on the element how many series ECharts holds after
// drawing (data-series), which the browser tests read. Loaded as a static script: Vaadin's pre-compiled bundle stays.
window.eventdeskChart = function (element, json) {
  const option = JSON.parse(json);
  const styles = getComputedStyle(element);
  const text = styles.getPropertyValue('--lumo-body-text-color').trim() || '#333';
  const lines = styles.getPropertyValue('--lumo-contrast-20pct').trim() || '#ccc';
  option.textStyle = option.textStyle || { color: text };
  option.legend = Object.assign({ textStyle: { color: text } }, option.legend || {});
  [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
    axis.axisLabel = Object.assign({ color: text }, axis.axisLabel || {});
    axis.splitLine = Object.assign({ lineStyle: { color: lines } }, axis.splitLine || {});
  });
  // SVG, not canvas: text stays text, and a screenshot or a zoomed page stays sharp.
  const chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element, null, { renderer: 'svg' });
  chart.setOption(option, { notMerge: true });
  if (!element.eventdeskResize) {
    element.eventdeskResize = new ResizeObserver(function () {
      chart.resize();
    });
    element.eventdeskResize.observe(element);
  }
  element.setAttribute('data-series', String((chart.getOption().series || []).length));
  // Light or dark switched while the chart shows (the theme button, or the system's setting): drawn again in the new
  // colours, from the same option.
  element.eventdeskOption = json;
  if (!element.eventdeskTheme) {
    element.eventdeskTheme = new MutationObserver(function () {
      if (element.isConnected) {
        window.eventdeskChart(element, element.eventdeskOption);
        element.setAttribute('data-theme-drawn', String(Number(element.getAttribute('data-theme-drawn') || 0) + 1));
      }
    });
    [document.documentElement, document.body].forEach(function (themed) {
      element.eventdeskTheme.observe(themed, { attributes: true, attributeFilter: ['theme'] });
    });
  }
};
