// Draws the desk's timeline with vis-timeline (window.vis, from vendor/vis-timeline) and its links with
// timeline-arrows (an ES module, imported beside this script), from the JSON the server built. Texts are put in with
// textContent, never as HTML. After each drawing the element says what vis-timeline received (data-items,
// data-groups) and how many arrows were drawn (data-links), which the browser tests read. When the person pans or
// zooms, the element reports the window (an "eventdesk-range" event, debounced) and the server answers with that
// window's records. Loaded as a static script: Vaadin's pre-compiled bundle stays.
(function () {
  const script = document.currentScript ? document.currentScript.src : new URL('static/scripts/eventdesk-timeline.js', document.baseURI).href;
  const arrowModule = import(new URL('../vendor/timeline-arrows/arrow.js', script).href);
  const DEBOUNCE_MS = 300;

  function text(tag, className, words) {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    element.textContent = words;
    return element;
  }

  function open(element, id) {
    element.dispatchEvent(new CustomEvent('eventdesk-open', { detail: { id: id } }));
  }

  // An item's face: the plan's word first (never colour alone), then the title; its tooltip says when and what state.
  function itemFace(element, item) {
    const face = document.createElement('span');
    face.className = 'desk-item-face';
    face.tabIndex = 0;
    face.setAttribute('role', 'link');
    if (item.plan) {
      face.appendChild(text('span', 'desk-plan-word', item.plan));
      face.appendChild(document.createTextNode(' '));
    }
    face.appendChild(text('span', 'desk-item-title', item.label));
    const words = (item.plan ? item.plan + ': ' : '') + item.label + ' — ' + item.when + ' — ' + item.status;
    face.title = words;
    face.setAttribute('aria-label', words);
    face.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        open(element, item.id);
      }
    });
    return face;
  }

  // timeline-arrows names each arrowhead after its colour with only a '#' taken out, so the colour must be a hex
  // one: Lumo's colours (hsl(...)) are resolved by the browser and written as #rrggbb.
  function hex(element, colour, fallback) {
    const probe = document.createElement('span');
    probe.style.color = colour;
    element.appendChild(probe);
    const rgb = (getComputedStyle(probe).color.match(/\d+/g) || []).slice(0, 3);
    probe.remove();
    if (!colour || rgb.length !== 3) {
      return fallback;
    }
    return '#' + rgb.map(function (n) {
      return Number(n).toString(16).padStart(2, '0');
    }).join('');
  }

  function colours(element) {
    const styles = getComputedStyle(element);
    return {
      arrow: hex(element, styles.getPropertyValue('--lumo-primary-text-color').trim(), '#1676f3'),
      contrast: hex(element, styles.getPropertyValue('--lumo-contrast-60pct').trim(), '#666666')
    };
  }

  // The axis's labels in the desk's language. vis-timeline writes them with moment, which it ships in English only,
  // so another language gets them from the browser's Intl, scale by scale as vis-timeline's own formats do.
  function axisLabels(language) {
    if (!language || language === 'en') {
      return undefined;
    }
    function writer(options) {
      const format = new Intl.DateTimeFormat(language, options);
      return function (date) {
        return format.format(date.toDate ? date.toDate() : new Date(date));
      };
    }
    const minor = {
      millisecond: writer({ hour: '2-digit', minute: '2-digit', second: '2-digit' }),
      second: writer({ hour: '2-digit', minute: '2-digit', second: '2-digit' }),
      minute: writer({ hour: '2-digit', minute: '2-digit' }),
      hour: writer({ hour: '2-digit', minute: '2-digit' }),
      weekday: writer({ weekday: 'short', day: 'numeric' }),
      day: writer({ day: 'numeric' }),
      week: writer({ day: 'numeric', month: 'short' }),
      month: writer({ month: 'short' }),
      year: writer({ year: 'numeric' })
    };
    const dayAndMonth = writer({ weekday: 'short', day: 'numeric', month: 'long' });
    const monthAndYear = writer({ month: 'long', year: 'numeric' });
    const major = {
      millisecond: dayAndMonth,
      second: dayAndMonth,
      minute: dayAndMonth,
      hour: dayAndMonth,
      weekday: monthAndYear,
      day: monthAndYear,
      week: monthAndYear,
      month: writer({ year: 'numeric' }),
      year: function () {
        return '';
      }
    };
    return {
      minorLabels: function (date, scale) {
        return (minor[scale] || minor.day)(date);
      },
      majorLabels: function (date, scale) {
        return (major[scale] || major.day)(date);
      }
    };
  }

  function create(element, from, to, language) {
    const options = {
      start: new Date(from),
      end: new Date(to),
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      groupOrder: 'order',
      selectable: true,
      multiselect: false,
      showCurrentTime: true,
      zoomMin: 10 * 60 * 1000,
      zoomMax: 200 * 365.25 * 24 * 3600 * 1000,
      minHeight: '320px',
      maxHeight: '70vh',
      margin: { item: { horizontal: 4, vertical: 6 } },
      // Drawn once more when first shown: the layout measured while hidden (the axis's height) can be stale.
      onInitialDrawComplete: function () {
        timeline.redraw();
      },
      template: function (item) {
        return itemFace(element, item);
      },
      groupTemplate: function (group) {
        return group ? text('span', 'desk-group-label', group.label) : '';
      }
    };
    const labels = axisLabels(language);
    if (labels) {
      options.format = labels;
    }
    const timeline = new window.vis.Timeline(element, new window.vis.DataSet([]), new window.vis.DataSet([]), options);
    timeline.on('click', function (props) {
      if (props.item !== null && props.item !== undefined && props.what === 'item') {
        open(element, props.item);
      }
    });
    let pending = null;
    let asked = from + '/' + to;
    let shown = false;
    timeline.on('rangechanged', function (props) {
      // Given a start and an end, vis-timeline stays hidden until a drawing that follows its first range change;
      // when that change comes after the last drawing (the items set first), nothing would draw it again.
      if (!shown) {
        shown = true;
        timeline.redraw();
      }
      clearTimeout(pending);
      pending = setTimeout(function () {
        const start = props.start.getTime();
        const end = props.end.getTime();
        if (start + '/' + end === asked) {
          return;
        }
        asked = start + '/' + end;
        element.dispatchEvent(new CustomEvent('eventdesk-range', { detail: { start: start, end: end } }));
      }, DEBOUNCE_MS);
    });
    element.visTimeline = timeline;
    return timeline;
  }

  function drawLinks(element, timeline, links) {
    return arrowModule.then(function (module) {
      if (element.eventdeskArrows) {
        // timeline-arrows has no way to replace its whole set: the old set stops drawing and its layer goes.
        element.eventdeskArrows._dependency = [];
        element.eventdeskArrows._dependencyPath = [];
        element.eventdeskArrows._svg.remove();
      }
      const colour = colours(element);
      const specs = links.map(function (link) {
        return {
          id: link.id,
          id_item_1: link.from,
          id_item_2: link.to,
          title: link.title,
          direction: link.direction,
          line: link.dashed ? 1 : 0,
          color: link.dashed ? colour.contrast : colour.arrow
        };
      });
      element.eventdeskArrows = new module.default(timeline, specs, {
        strokeWidth: 2,
        hideWhenItemsNotVisible: true
      });
      // The arrows draw on the timeline's next drawing; with none to draw, another pass over every item (a second of
      // the browser's time for a year's 2,000 items) would draw nothing new.
      if (specs.length > 0) {
        timeline.redraw();
      }
      return element.eventdeskArrows.getIdArrows().length;
    });
  }

  window.eventdeskTimeline = {
    draw: function (element, json, from, to, language) {
      const data = JSON.parse(json);
      element.removeAttribute('data-items');
      element.removeAttribute('data-groups');
      element.removeAttribute('data-links');
      const timeline = element.visTimeline || create(element, from, to, language);
      timeline.setGroups(new window.vis.DataSet(data.groups));
      timeline.setItems(new window.vis.DataSet(data.items));
      drawLinks(element, timeline, data.links).then(function (arrows) {
        element.setAttribute('data-items', String(timeline.itemsData.length));
        element.setAttribute('data-groups', String(timeline.groupsData.length));
        element.setAttribute('data-links', String(arrows));
      });
    },
    zoom: function (element, direction) {
      if (element.visTimeline) {
        if (direction === 'in') {
          element.visTimeline.zoomIn(0.5);
        } else {
          element.visTimeline.zoomOut(0.5);
        }
      }
    },
    today: function (element) {
      if (element.visTimeline) {
        element.visTimeline.moveTo(new Date());
      }
    }
  };
})();
