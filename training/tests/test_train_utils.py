"""The EMA and LR schedule of train.fit, built on torch's AveragedModel and LambdaLR."""

import math

import torch
import torch.nn as nn

from training.train import ema_of, warmup_cosine


def test_ema_averages_weights_and_float_buffers_and_copies_counters():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
    w0 = model[0].weight.detach().clone()
    ema = ema_of(model, decay=0.9)
    with torch.no_grad():
        model[0].weight.add_(1.0)
    model.train()
    model(torch.randn(4, 3))  # BatchNorm: running statistics move, its batch counter goes to 1
    ema.update_parameters(model)

    sd = ema.module.state_dict()
    torch.testing.assert_close(sd["0.weight"], 0.9 * w0 + 0.1 * (w0 + 1.0))
    torch.testing.assert_close(sd["1.running_mean"], 0.1 * model[1].running_mean)
    assert sd["1.num_batches_tracked"].item() == 1


def test_warmup_then_cosine_to_one_percent():
    total = [110]
    f = warmup_cosine(10, lambda: total[0])
    assert f(0) == 0.1 and f(9) == 1.0
    assert f(10) == 1.0
    assert math.isclose(f(60), 0.505)
    assert math.isclose(f(110), 0.01) and math.isclose(f(500), 0.01)
    total[0] = 210  # the time budget re-plans the length: the cosine stretches from then on
    assert math.isclose(f(110), 0.505)


def test_lambda_lr_applies_the_factor_per_step():
    p = nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=2.0)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup_cosine(4, lambda: 8))
    seen = []
    for _ in range(9):
        seen.append(sched.get_last_lr()[0])
        opt.step()
        sched.step()
    assert seen[:4] == [0.5, 1.0, 1.5, 2.0]
    assert math.isclose(seen[8], 0.02)
