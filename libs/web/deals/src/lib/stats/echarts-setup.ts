import { BarChart, GaugeChart, PieChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the charts the board draws: the full echarts bundle is several times larger. This module is
// imported by the lazily loaded board alone, so none of it reaches the initial download.
echarts.use([GaugeChart, BarChart, PieChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
